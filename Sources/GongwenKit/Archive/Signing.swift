import Crypto
import Foundation

/// Ed25519 keys and signatures for archive bundles. A key file is two lines: what it is, then the
/// 32 raw key bytes in base64; a private key file is written readable by its owner only.
public enum Signing {
    static let privateHeader = "gongwen ed25519 private key"
    static let publicHeader = "gongwen ed25519 public key"
    /// The bundle entry holding the MANIFEST's signature.
    public static let signatureName = "MANIFEST.sig"

    public struct KeyError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes NAME.key and NAME.pub; refuses to overwrite an existing key.
    public static func generate(to base: String) throws -> (privateKey: String, publicKey: String) {
        let key = Curve25519.Signing.PrivateKey()
        let paths = (base + ".key", base + ".pub")
        for path in [paths.0, paths.1] where FileManager.default.fileExists(atPath: path) {
            throw KeyError(description: "\(path) exists; a key is never overwritten")
        }
        let privateText = privateHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
        guard FileManager.default.createFile(atPath: paths.0, contents: Data(privateText.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw KeyError(description: "cannot write \(paths.0): \(String(cString: strerror(errno)))")
        }
        let publicText = publicHeader + "\n" + key.publicKey.rawRepresentation.base64EncodedString() + "\n"
        try Data(publicText.utf8).write(to: URL(fileURLWithPath: paths.1))
        return paths
    }

    static func keyBytes(_ path: String, header: String) throws -> Data {
        let data: [UInt8]
        switch InputFile.read(path, limit: 4096) {
        case .success(let bytes): data = bytes
        case .failure(let failure): throw KeyError(description: "\(path): cannot read the key: \(failure.reason)")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count >= 2, lines[0] == header, let bytes = Data(base64Encoded: lines[1]), bytes.count == 32 else {
            throw KeyError(description: "\(path): not a \(header) (made by gongwen keygen)")
        }
        return bytes
    }

    public static func privateKey(_ path: String) throws -> Curve25519.Signing.PrivateKey {
        try Curve25519.Signing.PrivateKey(rawRepresentation: keyBytes(path, header: privateHeader))
    }

    public static func publicKey(_ path: String) throws -> Curve25519.Signing.PublicKey {
        try Curve25519.Signing.PublicKey(rawRepresentation: keyBytes(path, header: publicHeader))
    }

    /// A short name of a public key: the first 16 hex digits of its SHA-256.
    public static func keyID(_ key: Curve25519.Signing.PublicKey) -> String {
        String(Digests.sha256Hex(Array(key.rawRepresentation)).prefix(16))
    }

    /// `ed25519 KEYID SIGNATURE PUBLICKEY`: what MANIFEST.sig holds. The public key rides along
    /// so that a bundle's signature can be checked without a key at hand (bundles from before it
    /// have three fields); who signed it is known only against a key one trusts (`--key`).
    static func signature(of manifest: [UInt8], with key: Curve25519.Signing.PrivateKey) throws -> String {
        let signature = try key.signature(for: Data(manifest))
        return "ed25519 \(keyID(key.publicKey)) \(signature.base64EncodedString()) \(key.publicKey.rawRepresentation.base64EncodedString())\n"
    }

    /// How a signature was checked.
    enum Checked: Equatable {
        /// Against the key given (`--key`): the bundle is authentic.
        case trustedKey
        /// Against the key the bundle carries: the MANIFEST is as signed, by whoever holds that key.
        case ownKey(String)
    }

    /// How the signature holds for `manifest` (under `key`, or else the key the signature carries),
    /// or what is wrong.
    static func check(signature text: String, manifest: [UInt8], key: Curve25519.Signing.PublicKey?) -> Result<Checked, KeyError> {
        func wrong(_ why: String) -> Result<Checked, KeyError> { .failure(KeyError(description: why)) }
        let fields = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard fields.count == 3 || fields.count == 4, fields[0] == "ed25519", let signature = Data(base64Encoded: fields[2]) else {
            return wrong("\(signatureName) is not an Ed25519 signature")
        }
        let checked: Checked
        let signer: Curve25519.Signing.PublicKey
        if let key {
            guard fields[1] == keyID(key) else {
                return wrong("signed with key \(fields[1]), not with the key given (\(keyID(key)))")
            }
            (checked, signer) = (.trustedKey, key)
        } else {
            guard fields.count == 4 else {
                return wrong("the bundle is signed (key \(fields[1])) but carries no public key, so its signature cannot be checked here: give the signer's public key with --key KEY.pub")
            }
            guard let raw = Data(base64Encoded: fields[3]), let own = try? Curve25519.Signing.PublicKey(rawRepresentation: raw), keyID(own) == fields[1] else {
                return wrong("the public key in \(signatureName) is damaged or is not key \(fields[1])")
            }
            (checked, signer) = (.ownKey(fields[1]), own)
        }
        return signer.isValidSignature(signature, for: Data(manifest))
            ? .success(checked) : wrong("the signature does not match the MANIFEST: the MANIFEST or the files were changed after signing")
    }
}

/// SHA-256 from swift-crypto, as lower-case hex.
enum Digests {
    static func sha256Hex<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(Array(SHA256.hash(data: bytes)))
    }

    /// Lower-case hex of a digest's bytes, two digits a byte.
    static func hex(_ digest: [UInt8]) -> String { Hex.digits(digest, uppercase: false) }
}

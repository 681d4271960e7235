#!/usr/bin/env python3
"""Issue 24's watch target: the time from a save to the rebuilt PDF.

Starts `gongwen watch -o OUT UNIT`, waits for its first build, then RUNS times: changes one figure of
the unit (written in place and closed, as an editor saves), and times from the file's close until the
PDF in OUT/pdf is replaced (gongwen renames a complete PDF into place, so a new inode there is a whole
PDF), checking that the new figure is in it. Ctrl-C (SIGINT) then stops watch, which must exit 0.
Prints "median_seconds run1,run2,...".
"""
import os, re, signal, subprocess, sys, time

binary, out, unit, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
name = os.path.splitext(os.path.basename(unit))[0]
pdf = os.path.join(out, "pdf", name + ".pdf")
log = open(os.path.join(out, "watch.log"), "w+")
watch = subprocess.Popen([binary, "watch", "-o", out, unit], stderr=log, stdout=log)


def wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.001)
    watch.kill()
    log.seek(0)
    sys.exit(f"watch_latency: {what} did not happen within {seconds} s; watch said:\n{log.read()}")


def said(text):
    log.flush()
    with open(log.name) as f:
        return text in f.read()


wait_for(lambda: said("watching"), 60, "the first build")
text = open(unit, encoding="utf-8").read()
times = []
for r in range(1, runs + 1):
    before = os.stat(pdf).st_ino
    figure = f"8{r:03d}7"
    changed, n = re.subn(r"(?m)^  用稿总量: .*$", f"  用稿总量: {figure}", text)
    assert n == 1, "the unit has no 用稿总量 line"
    with open(unit, "w", encoding="utf-8") as f:
        f.write(changed)
    saved = time.monotonic()
    wait_for(lambda: os.path.exists(pdf) and os.stat(pdf).st_ino != before, 10, f"a new PDF after save {r}")
    times.append(time.monotonic() - saved)
    shown = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    if figure not in shown:
        watch.kill()
        sys.exit(f"watch_latency: the changed figure {figure} is not in the rebuilt PDF")
    time.sleep(0.2)
watch.send_signal(signal.SIGINT)
status = watch.wait(timeout=10)
if status != 0 or not said("stopped"):
    sys.exit(f"watch_latency: watch ended with status {status} after Ctrl-C")
times.sort()
print(f"{times[len(times) // 2]:.3f} " + ",".join(f"{t:.3f}" for t in times))

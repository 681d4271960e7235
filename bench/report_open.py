#!/usr/bin/env python3
"""Issue 24's target for the report page: it opens in the browser in under 2 s.

Opens the page RUNS times in Debian's headless Chromium, inside a frame of a page of this script's
own that notes the time from setting the frame's address to the frame's load event (its HTML parsed,
styled and laid out, the first rows' pictures loaded), and how many unit rows it holds.
Prints "median_seconds run1,run2,...".
"""
import json, os, re, subprocess, sys, tempfile

page, runs = os.path.abspath(sys.argv[1]), int(sys.argv[2])
times = []
for r in range(runs):
    with tempfile.TemporaryDirectory() as folder:
        wrapper = os.path.join(os.path.dirname(page), f".open-{os.getpid()}-{r}.html")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write(f"""<!DOCTYPE html><html><body><pre id="result">pending</pre>
<iframe id="report" width="1400" height="900"></iframe>
<script>
var frame = document.getElementById("report");
frame.addEventListener("load", function () {{
  var seconds = (performance.now() - started) / 1000;
  var rows = frame.contentDocument.querySelectorAll("tr.unit").length;
  document.getElementById("result").textContent = JSON.stringify({{seconds: seconds, rows: rows}});
}});
var started = performance.now();
frame.src = {json.dumps(os.path.basename(page))};
</script></body></html>""")
        try:
            out = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                                  f"--user-data-dir={folder}", "--dump-dom", "file://" + wrapper],
                                 capture_output=True, text=True, timeout=120).stdout
        finally:
            os.unlink(wrapper)
    m = re.search(r'<pre id="result">([^<]*)</pre>', out)
    if not m or m.group(1) == "pending":
        sys.exit("report_open: Chromium did not load the page")
    result = json.loads(m.group(1).replace("&quot;", '"'))
    if result["rows"] == 0:
        sys.exit("report_open: the page has no unit rows")
    times.append(result["seconds"])
times.sort()
print(f"{times[len(times) // 2]:.3f} " + ",".join(f"{t:.3f}" for t in times))

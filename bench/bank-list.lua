-- The mentor bank as a coordinator filters it: a subject, a competency and free capacity, over the
-- whole region, one page of 50; rotating through subjects and competencies.
local cookie = os.getenv("SESSION_COOKIE")
local first = tonumber(os.getenv("FIRST_COMPETENCY"))
local n = 0
-- THINK_MS: each user pauses between clicks (a random pause of 0.5–1.5 times it), as people do;
-- without it every connection asks again at once, which measures the server saturated
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function() return math.random(math.floor(think / 2), math.floor(think * 3 / 2)) end
end
request = function()
  n = n + 1
  local path = "/bank/mentors?subject=" .. (1 + n % 24) .. "&competency=" .. (first + n % 12) .. "&free=true"
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["HX-Request"] = "true" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, rate %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end

-- The people list as a regional operator uses it: a partial name, optionally an organization.
local cookie = os.getenv("SESSION_COOKIE")
local org = tonumber(os.getenv("ORG"))
local searchOnly = os.getenv("SEARCH_ONLY") ~= nil
-- partial surnames and first names, url-encoded: "иван", "петр", "смир", "ольг", "кузн", "алекс"
local words = { "%D0%B8%D0%B2%D0%B0%D0%BD", "%D0%BF%D0%B5%D1%82%D1%80", "%D1%81%D0%BC%D0%B8%D1%80",
                "%D0%BE%D0%BB%D1%8C%D0%B3", "%D0%BA%D1%83%D0%B7%D0%BD", "%D0%B0%D0%BB%D0%B5%D0%BA%D1%81" }
local n = 0
-- THINK_MS: each user pauses between clicks (a random pause of 0.5–1.5 times it), as people do;
-- without it every connection asks again at once, which measures the server saturated
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function() return math.random(math.floor(think / 2), math.floor(think * 3 / 2)) end
end
request = function()
  n = n + 1
  local path = "/people?q=" .. words[(n % #words) + 1]
  if not searchOnly then
    path = path .. "&org=" .. (org + (n % 50))
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["HX-Request"] = "true" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, rate %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end

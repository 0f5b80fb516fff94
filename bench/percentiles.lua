-- Prints p50/p95/p99 latency and the request rate at the end of a wrk run.
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, rate %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end

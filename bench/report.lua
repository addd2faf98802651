-- wrk script for bench/run.py.
--
-- `wrk ... -s bench/report.lua URL -- PATHS_FILE CONNECTIONS` cycles through the paths in PATHS_FILE
-- (one a line). wrk does not tell a script which connection is asking, so each thread keeps one cursor
-- per connection, each starting at its own evenly spaced offset in the list, and takes them in turn:
-- consecutive requests always ask for different paths, and a path comes round again only after about
-- the whole list. Without PATHS_FILE every request asks for URL.
--
-- At the end it prints one line, RESULT {json}: requests, seconds, non-2xx responses, socket errors
-- and latency percentiles in milliseconds, from wrk's own histogram.

local threads = {}
local started = 0

function setup(thread)
  thread:set("id", started)
  started = started + 1
  table.insert(threads, thread)
end

local requests_by_path = {}
local cursors = {}
local turn = 0
local fixed = nil
non2xx = 0

function init(args)
  local file, connections = args[1], tonumber(args[2])
  if not file then
    fixed = wrk.format()
    return
  end
  for path in io.lines(file) do
    if path ~= "" then
      table.insert(requests_by_path, wrk.format(nil, path))
    end
  end
  local threads_count = tonumber(args[3])
  local mine = math.max(1, math.floor(connections / threads_count))
  for k = 0, mine - 1 do
    local connection = id * mine + k
    cursors[k + 1] = math.floor(connection * #requests_by_path / (mine * threads_count))
  end
end

function request()
  if fixed then
    return fixed
  end
  turn = turn % #cursors + 1
  local position = cursors[turn]
  cursors[turn] = (position + 1) % #requests_by_path
  return requests_by_path[position + 1]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non_2xx = 0
  for _, thread in ipairs(threads) do
    non_2xx = non_2xx + thread:get("non2xx")
  end
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.3f, "non_2xx": %d, "socket_errors": %d, "timeouts": %d, '
      .. '"p50": %.2f, "p90": %.2f, "p95": %.2f, "p99": %.2f, "max": %.2f}\n',
    summary.requests, summary.duration / 1e6, non_2xx,
    errors.connect + errors.read + errors.write + errors.timeout, errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end

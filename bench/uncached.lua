-- Adds a distinct, ignored query parameter to every request, so each one misses the output cache and is rendered.
counter = 0
request = function()
  counter = counter + 1
  local path = wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") .. "nocache=" .. counter .. "-" .. math.random(1, 1e9)
  return wrk.format(nil, path)
end

-- wrk script for GET /api/search: a few queries, some with typos (bench/serve-load.sh)
local queries = {"beach", "food", "travl", "sunset", "fitnes", "dog", "fashion%20style", "natur", "music", "wedding"}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/search?q=" .. queries[i])
end

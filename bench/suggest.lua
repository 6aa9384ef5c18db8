-- wrk script for POST /api/suggest: cycles through a few posts so the server does real, varied work
-- (bench/serve-load.sh). Each post is 2-3 tags of the generator's topics.
local posts = {
  '{"tags":["beach","sunset"]}', '{"tags":["food","pizza","italy"]}', '{"tags":["travel","mountains"]}',
  '{"caption":"Morning #coffee and a #book"}', '{"tags":["fitness","gym","workout"]}', '{"tags":["dog","puppy"]}',
  '{"tags":["fashion","style"]}', '{"tags":["nature","flowers"]}', '{"caption":"#wedding day #love"}',
  '{"tags":["music","concert"]}'
}
local i = 0
request = function()
  i = i % #posts + 1
  return wrk.format("POST", "/api/suggest", {["Content-Type"] = "application/json"}, posts[i])
end

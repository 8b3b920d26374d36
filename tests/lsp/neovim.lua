-- tests/lsp/neovim.lua: Neovim 0.7's built-in LSP client drives `pop lsp` (run by tests/lsp/run.sh,
-- which sets the environment below and reads the result lines this writes).
--   POP_LSP_CMD      the server command, words separated by "\31"
--   POP_LSP_ROOT     the repository (a temporary copy of examples/ in git)
--   POP_LSP_FILE     the POP to open (absolute)
--   POP_LSP_EXPECT   "rule line column" per line: pop check --format json on the same file
--   POP_LSP_RESULTS  where to write "ok ..." / "FAIL ..." lines and, last, "done"
--   POP_LSP_WAIT_MS  the watchdog limit of each wait (only against a hang, never a measurement)
local results = io.open(os.getenv('POP_LSP_RESULTS'), 'w')
local function report(ok, what) results:write((ok and 'ok ' or 'FAIL ') .. what .. '\n') results:flush() end

local function main()
  local cmd = vim.split(os.getenv('POP_LSP_CMD'), '\31', true)
  local root, file = os.getenv('POP_LSP_ROOT'), os.getenv('POP_LSP_FILE')
  local wait_ms = tonumber(os.getenv('POP_LSP_WAIT_MS'))
  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'pop', cmd = cmd, root_dir = root,
    on_exit = function(code) exit_code = code end,
  })
  report(client_id ~= nil, 'vim.lsp.start_client started pop lsp')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- "rule line column" of each pop diagnostic: line 1-based, column 1-based in characters (the
  -- client holds byte columns; str_utfindex counts the characters before).
  local function seen()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
      local chars = vim.str_utfindex(line, math.min(d.col, #line))
      if d.source == 'pop' then table.insert(out, string.format('%s %d %d', code, d.lnum + 1, chars + 1)) end
    end
    table.sort(out)
    return out
  end
  local expected = {}
  for l in io.lines(os.getenv('POP_LSP_EXPECT')) do table.insert(expected, l) end
  table.sort(expected)

  -- watchdog: vim.wait returns as soon as the diagnostics are there; the limit only ends a hang.
  vim.wait(wait_ms, function() return #seen() > 0 end, 20)
  local first = seen()
  local same = table.concat(first, '\n') == table.concat(expected, '\n')
  report(same, string.format('diagnostics after opening: %d, pop check --format json: %d, same rules and positions', #first, #expected))
  if not same then results:write('    | nvim: ' .. table.concat(first, ', ') .. '\n    | pop check: ' .. table.concat(expected, ', ') .. '\n') end
  local date_finding
  for _, s in ipairs(first) do if s:match('^dates%.format ') then date_finding = s end end
  local has_smarti = false
  for _, s in ipairs(first) do if s:match('^smarti%.') then has_smarti = true end end
  report(date_finding ~= nil and has_smarti, 'a dates.format and a smarti.* diagnostic among them (' .. tostring(date_finding) .. ')')

  -- Fix the date in the buffer (an incremental change; the file on disk stays as it is).
  if date_finding then
    local line = tonumber(date_finding:match('^%S+ (%d+)'))
    local text = vim.api.nvim_buf_get_lines(bufnr, line - 1, line, false)[1]
    local fixed = text:gsub('1%-8%-2025', '2025-08-01')
    vim.api.nvim_buf_set_lines(bufnr, line - 1, line, false, { fixed })
    -- watchdog: as above, the limit only ends a hang.
    vim.wait(wait_ms, function() return #seen() == #first - 1 end, 20)
    local after = seen()
    local rest = {}
    for _, s in ipairs(first) do if s ~= date_finding then table.insert(rest, s) end end
    report(table.concat(after, '\n') == table.concat(rest, '\n'),
      string.format('after fixing the date in the buffer: %d diagnostics, dates.format gone, the others unchanged', #after))
  end

  vim.lsp.stop_client(client_id)
  -- watchdog: the server exits on shutdown and exit; the limit only ends a hang.
  vim.wait(wait_ms, function() return exit_code ~= nil end, 20)
  report(exit_code == 0, 'pop lsp exited with ' .. tostring(exit_code) .. ' after shutdown and exit')
end

local ok, err = pcall(main)
if not ok then report(false, 'the Lua script failed: ' .. tostring(err)) end
results:write('done\n')
results:close()
vim.cmd('qa!')

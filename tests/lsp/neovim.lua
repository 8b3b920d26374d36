-- tests/lsp/neovim.lua: Neovim 0.7's built-in LSP client drives `pop lsp` (run by tests/lsp/run.sh,
-- which sets the environment below and reads the result lines this writes).
--   POP_LSP_CMD      the server command, words separated by "\31"
--   POP_LSP_ROOT     the repository (a temporary copy of examples/ in git)
--   POP_LSP_FILE     the POP to open (absolute)
--   POP_LSP_EXPECT   "rule line column" per line: pop check --format json on the same file
--   POP_LSP_RESULTS  where to write "ok ..." / "FAIL ..." lines and, last, "done"
--   POP_LSP_SCHOOL_GOALS  the ids of the repository's pop-school-goals.yaml, space-separated
--   POP_LSP_WAIT_MS  the watchdog limit of each wait (only against a hang, never a measurement)
--   POP_LSP_AREAS_CMD  a second server command (Dutch: --lang nl) for the competence areas part
--   POP_LSP_AREAS    cases of that part separated by ";", each "file|written|meant|labels|detail|framework":
--                    a POP whose line `competence: WRITTEN` pop corrects to MEANT, the area ids
--                    completion offers there (space-separated, sorted), MEANT's detail, and a part of
--                    the framework's name the hover on MEANT shows
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

  -- Fix the date with pop's quick fix: ask for the code actions at the date, as a user does with
  -- the cursor on it, and let Neovim itself apply the workspace edit to the buffer (the buffer
  -- changes by Neovim's own code; the server sees the incremental change; the file on disk stays).
  local client = vim.lsp.get_client_by_id(client_id)
  local encoding = client.offset_encoding or 'utf-16'
  local uri = vim.uri_from_bufnr(bufnr)
  if date_finding then
    local date_diagnostic
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == 'dates.format' then date_diagnostic = d end
    end
    local line_text = vim.api.nvim_buf_get_lines(bufnr, date_diagnostic.lnum, date_diagnostic.lnum + 1, false)[1]
    local cursor = { line = date_diagnostic.lnum, character = vim.str_utfindex(line_text, date_diagnostic.col + 2) }
    local lsp_diagnostic = date_diagnostic.user_data and date_diagnostic.user_data.lsp or {
      range = { start = { line = date_diagnostic.lnum, character = vim.str_utfindex(line_text, date_diagnostic.col) },
                ['end'] = { line = date_diagnostic.end_lnum, character = vim.str_utfindex(line_text, date_diagnostic.end_col) } },
      code = 'dates.format', source = 'pop', message = date_diagnostic.message }
    local params = { textDocument = { uri = uri }, range = { start = cursor, ['end'] = cursor },
                     context = { diagnostics = { lsp_diagnostic } } }
    -- watchdog: buf_request_sync returns with the answer; the limit only ends a hang.
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, wait_ms) or {}
    local actions = responses[client_id] and responses[client_id].result or {}
    local fix
    for _, a in ipairs(actions) do
      if a.kind == 'quickfix' and a.diagnostics and a.diagnostics[1] and a.diagnostics[1].code == 'dates.format' then fix = a end
    end
    report(fix ~= nil and fix.title:find('2025-08-01', 1, true) ~= nil,
      string.format('a quick fix for the date among %d code actions at the cursor: %s', #actions, fix and fix.title or 'none'))
    if fix then
      vim.lsp.util.apply_workspace_edit(fix.edit, encoding)
      local now = vim.api.nvim_buf_get_lines(bufnr, date_diagnostic.lnum, date_diagnostic.lnum + 1, false)[1]
      local expected_line = line_text:gsub('1%-8%-2025', '2025-08-01')
      report(now == expected_line, 'Neovim applied the edit: "' .. now .. '"')
      -- watchdog: as above, the limit only ends a hang.
      vim.wait(wait_ms, function() return #seen() == #first - 1 end, 20)
      local after = seen()
      local rest = {}
      for _, s in ipairs(first) do if s ~= date_finding then table.insert(rest, s) end end
      local same_rest = table.concat(after, '\n') == table.concat(rest, '\n')
      report(same_rest, string.format('after the quick fix: %d diagnostics, dates.format gone, the others unchanged', #after))
      if not same_rest then results:write('    | nvim: ' .. table.concat(after, ', ') .. '\n    | wanted: ' .. table.concat(rest, ', ') .. '\n') end
    end
  end

  -- Completion inside `school_goals: [`: the ids of the repository's pop-school-goals.yaml.
  local wanted = vim.split(os.getenv('POP_LSP_SCHOOL_GOALS'), ' ', true)
  table.sort(wanted)
  local goal_line
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if not goal_line and l:find('school_goals: [', 1, true) then goal_line = i - 1 end
  end
  local line_text = vim.api.nvim_buf_get_lines(bufnr, goal_line, goal_line + 1, false)[1]
  local character = vim.str_utfindex(line_text, line_text:find('[', 1, true))
  -- watchdog: buf_request_sync returns with the answer; the limit only ends a hang.
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion',
    { textDocument = { uri = uri }, position = { line = goal_line, character = character } }, wait_ms) or {}
  local result = responses[client_id] and responses[client_id].result or {}
  local items = result.items or result
  local labels = {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  table.sort(labels)
  report(table.concat(labels, ' ') == table.concat(wanted, ' '),
    'completion after "school_goals: [" gives the school goal ids: ' .. table.concat(labels, ' '))

  vim.lsp.stop_client(client_id)
  -- watchdog: the server exits on shutdown and exit; the limit only ends a hang.
  vim.wait(wait_ms, function() return exit_code ~= nil end, 20)
  report(exit_code == 0, 'pop lsp exited with ' .. tostring(exit_code) .. ' after shutdown and exit')
end

-- A goal's competence areas come from the policy's framework: for each case a POP in its own
-- repository, completion after `competence: `, the quick fix of the area written by its name
-- (applied by Neovim), then the hover on the area meant.
local function competence_areas()
  vim.o.hidden = true  -- the buffer left behind holds the quick fixes, unsaved
  local wait_ms = tonumber(os.getenv('POP_LSP_WAIT_MS'))
  local cmd = vim.split(os.getenv('POP_LSP_AREAS_CMD'), '\31', true)
  local exit_code
  local client_id = vim.lsp.start_client({ name = 'pop-areas', cmd = cmd, on_exit = function(code) exit_code = code end })
  report(client_id ~= nil, 'areas: a second pop lsp started (in Dutch)')
  local client = vim.lsp.get_client_by_id(client_id)
  for _, case in ipairs(vim.split(os.getenv('POP_LSP_AREAS'), ';', true)) do
    local file, written, meant, wanted, detail, framework = unpack(vim.split(case, '|', true))
    local name = vim.fn.fnamemodify(file, ':t')
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    local uri = vim.uri_from_bufnr(bufnr)
    local function diagnostic(code)
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
        if d.source == 'pop' and c == code then return d end
      end
    end
    -- watchdog: vim.wait returns as soon as the diagnostic is there; the limit only ends a hang.
    vim.wait(wait_ms, function() return diagnostic('competence.area') ~= nil end, 20)
    local area_diagnostic = diagnostic('competence.area')
    report(area_diagnostic ~= nil, name .. ': a competence.area diagnostic at `competence: ' .. written .. '`')
    local row
    for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      if l:find('competence: ' .. written, 1, true) then row = i - 1 end
    end
    local line_text = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1]
    local value_col = line_text:find(written, 1, true) - 1  -- 0-based byte column of the value

    -- Completion right after `competence: `: the framework's areas, each with its name.
    -- watchdog: buf_request_sync returns with the answer; the limit only ends a hang.
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion',
      { textDocument = { uri = uri }, position = { line = row, character = vim.str_utfindex(line_text, value_col) } }, wait_ms) or {}
    local result = responses[client_id] and responses[client_id].result or {}
    local labels, details = {}, {}
    for _, item in ipairs(result.items or result) do
      table.insert(labels, item.label)
      details[item.label] = item.detail
    end
    table.sort(labels)
    report(table.concat(labels, ' ') == wanted, name .. ': completion after "competence: " gives ' .. table.concat(labels, ' '))
    report(details[meant] == detail, name .. ': the detail of ' .. meant .. ' is "' .. tostring(details[meant]) .. '"')

    -- The quick fix at the value, applied by Neovim itself.
    local cursor = { line = row, character = vim.str_utfindex(line_text, value_col + 1) }
    local params = { textDocument = { uri = uri }, range = { start = cursor, ['end'] = cursor },
                     context = { diagnostics = {} } }
    -- watchdog: buf_request_sync returns with the answer; the limit only ends a hang.
    responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, wait_ms) or {}
    local fix
    for _, a in ipairs(responses[client_id] and responses[client_id].result or {}) do
      if a.kind == 'quickfix' and a.diagnostics and a.diagnostics[1] and a.diagnostics[1].code == 'competence.area' then fix = a end
    end
    report(fix ~= nil and fix.title:find('`' .. meant .. '`', 1, true) ~= nil,
      name .. ': a quick fix for the area: ' .. (fix and fix.title or 'none'))
    if fix then
      vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
      local now = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1]
      report(now == line_text:sub(1, value_col) .. meant, name .. ': Neovim applied the edit: "' .. now .. '"')
      -- watchdog: as above, the limit only ends a hang.
      vim.wait(wait_ms, function() return diagnostic('competence.area') == nil end, 20)
      report(diagnostic('competence.area') == nil, name .. ': after the quick fix the competence.area diagnostic is gone')
      -- The hover on the area meant: its name and the framework's.
      -- watchdog: buf_request_sync returns with the answer; the limit only ends a hang.
      responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
        { textDocument = { uri = uri }, position = { line = row, character = vim.str_utfindex(now, value_col + 1) } }, wait_ms) or {}
      local hover = responses[client_id] and responses[client_id].result
      local text = hover and hover.contents and hover.contents.value or ''
      report(text:find('**' .. detail .. '**', 1, true) ~= nil and text:find(framework, 1, true) ~= nil,
        name .. ': the hover on ' .. meant .. ': ' .. text)
    end
  end
  vim.lsp.stop_client(client_id)
  -- watchdog: the server exits on shutdown and exit; the limit only ends a hang.
  vim.wait(wait_ms, function() return exit_code ~= nil end, 20)
  report(exit_code == 0, 'areas: pop lsp exited with ' .. tostring(exit_code) .. ' after shutdown and exit')
end

local ok, err = pcall(main)
if not ok then report(false, 'the Lua script failed: ' .. tostring(err)) end
if os.getenv('POP_LSP_AREAS') then
  ok, err = pcall(competence_areas)
  if not ok then report(false, 'the Lua script failed in the areas part: ' .. tostring(err)) end
end
results:write('done\n')
results:close()
vim.cmd('qa!')

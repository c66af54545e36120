pnpm exec tianbiao catalog                           # every table, field and option
pnpm exec tianbiao example enterprise-4              # a complete valid submission
pnpm exec tianbiao validate enterprise-4 file.json   # exit 0 valid, 1 invalid, 2 unreadable
pnpm exec tianbiao schema enterprise-4               # JSON Schema 2020-12

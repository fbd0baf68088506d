"""Job description manuals (岗位说明书, 表4): document, store, checks, queries."""

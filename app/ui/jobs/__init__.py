"""The job descriptions work area (岗位说明书, 表4): a unit's duties and posts, like the form."""

# flags: --eval --strict -I broken=/nonexistent/dir
<broken>

let stream = n: { head = n; tail = stream (n + 1); }; in (stream 0).tail.tail.tail.head

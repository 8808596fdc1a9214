[ http://example.org/foo?a=b&c=d x:x urn:isbn:0451450523 ]

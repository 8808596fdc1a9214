{ services.nginx.recommendedProxySettings = true; }

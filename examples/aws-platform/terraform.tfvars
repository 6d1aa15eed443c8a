project      = "acme"
environment  = "prod"
teams        = ["analytics", "web"]
worker_count = 2

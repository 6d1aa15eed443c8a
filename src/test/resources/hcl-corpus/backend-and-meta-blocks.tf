terraform {
  required_version = ">= 1.7"

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "network/prod/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
    kms_key_id     = "alias/terraform-state"
  }

  required_providers {
    aws    = { source = "hashicorp/aws", version = ">= 5.0, < 6.0" }
    random = { source = "hashicorp/random", version = "~> 3.6" }
  }
}

moved {
  from = aws_s3_bucket.old_logs
  to   = aws_s3_bucket.logs
}

moved {
  from = module.network.aws_vpc.this[0]
  to   = module.network.aws_vpc.main
}

import {
  to = aws_s3_bucket.logs
  id = "acme-access-logs"
}

removed {
  from = aws_instance.legacy

  lifecycle {
    destroy = false
  }
}

check "health" {
  data "http" "api" {
    url = "https://api.example.com/health"
  }

  assert {
    condition     = data.http.api.status_code == 200
    error_message = "${data.http.api.url} returned an unhealthy status code"
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
}

resource "aws_kms_key" "pi" {
  description         = "Performance Insights"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" {
  engine                          = "mysql"
  instance_class                  = "db.m6g.large"
  allocated_storage               = 100
  username                        = "orders"
  password                        = "change-me-please"
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.pi.arn
}

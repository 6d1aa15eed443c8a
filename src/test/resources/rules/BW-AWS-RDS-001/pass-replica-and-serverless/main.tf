resource "aws_db_instance" "primary" {
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  username          = "app"
  password          = "change-me-please"
  storage_encrypted = true
}

# A same-region replica takes its encryption from the source.
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = "db.r6g.large"
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier = "reporting"
  engine             = "aurora-postgresql"
  engine_mode        = "serverless"
  master_username    = "report"
  master_password    = "change-me-please"
}

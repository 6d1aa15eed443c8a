resource "aws_db_instance" "scratch" {
  identifier                  = "scratch"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 0
}

resource "aws_dms_replication_subnet_group" "private" {
  replication_subnet_group_id          = "private"
  replication_subnet_group_description = "private subnets"
  subnet_ids                           = ["subnet-0aaa", "subnet-0bbb"]
}

resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id     = "cdc"
  replication_instance_class  = "dms.r5.large"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
}

resource "aws_dms_replication_instance" "backfill" {
  replication_instance_id     = "backfill"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
  publicly_accessible         = false
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_kms_key" "queues" {
  enable_key_rotation = true
}

resource "aws_sqs_queue" "payments" {
  name                              = "payments"
  kms_master_key_id                 = aws_kms_key.queues.id
  kms_data_key_reuse_period_seconds = 300
}

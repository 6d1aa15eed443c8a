resource "aws_autoscaling_group" "web" {
  name_prefix         = "web-"
  min_size            = var.min_size
  max_size            = var.max_size
  desired_capacity    = max(var.min_size, min(var.desired, var.max_size))
  vpc_zone_identifier = var.subnet_ids
  health_check_type   = "ELB"
  target_group_arns   = [var.target_group_arn]

  launch_template {
    id      = var.launch_template_id
    version = "$Latest"
  }

  instance_refresh {
    strategy = "Rolling"
    preferences {
      min_healthy_percentage = 90
    }
  }

  dynamic "tag" {
    for_each = merge(var.tags, { Name = "web" })
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }

  timeouts {
    delete = "15m"
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [desired_capacity]

    precondition {
      condition     = var.min_size <= var.max_size
      error_message = "min_size (${var.min_size}) must not exceed max_size (${var.max_size})."
    }
  }
}

resource "aws_autoscaling_policy" "cpu" {
  name                   = "cpu-target"
  autoscaling_group_name = aws_autoscaling_group.web.name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = 55.5
  }
}

variable "min_size" { default = 2 }
variable "max_size" { default = 10 }
variable "desired" { default = 3 }
variable "subnet_ids" { type = list(string) }
variable "target_group_arn" { type = string }
variable "launch_template_id" { type = string }
variable "tags" {
  type    = map(string)
  default = {}
}

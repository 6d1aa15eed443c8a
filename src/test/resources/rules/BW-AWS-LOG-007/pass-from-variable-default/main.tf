variable "control_plane_logs" {
  type    = list(string)
  default = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1", "subnet-0b2"]
  }

  enabled_cluster_log_types = var.control_plane_logs
}

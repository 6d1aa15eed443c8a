resource "aws_instance" "bastion" {
  ami                         = data.aws_ami.ubuntu.id
  instance_type               = "t3.nano"
  subnet_id                   = var.subnet_id
  associate_public_ip_address = true
  key_name                    = var.key_name
  monitoring                  = true
  ebs_optimized               = true

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted   = true
    volume_type = "gp3"
  }

  connection {
    type        = "ssh"
    user        = "ubuntu"
    host        = self.public_ip
    private_key = file(var.private_key_path)
    timeout     = "2m"
  }

  provisioner "file" {
    source      = "${path.module}/files/sshd_config"
    destination = "/tmp/sshd_config"
  }

  provisioner "remote-exec" {
    inline = [
      "sudo mv /tmp/sshd_config /etc/ssh/sshd_config",
      "sudo systemctl restart ssh",
    ]
  }

  provisioner "local-exec" {
    when       = destroy
    command    = "echo 'bastion ${self.id} destroyed' >> destroyed.log"
    on_failure = continue
  }

  provisioner "local-exec" {
    command     = <<-CMD
      aws ec2 create-tags \
        --resources ${self.id} \
        --tags Key=Provisioned,Value=true
    CMD
    interpreter = ["/bin/bash", "-c"]
    environment = {
      AWS_REGION = var.region
    }
  }

  tags = {
    Name = "bastion"
    Role = "jump-host"
  }
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}

resource "null_resource" "cluster_bootstrap" {
  triggers = {
    instance_ids = join(",", [aws_instance.bastion.id])
  }

  provisioner "local-exec" {
    command = "./scripts/bootstrap.sh ${aws_instance.bastion.private_ip}"
  }
}

variable "subnet_id" { type = string }
variable "key_name" { type = string }
variable "private_key_path" { type = string }
variable "region" { default = "eu-west-1" }

"""Distil a small student from the teacher trained at the same seed."""
import argparse

import torch

from zoo import build, face_attributes

parser = argparse.ArgumentParser()
parser.add_argument("--student", default="mobilenet_v2")
parser.add_argument("--teacher-weights", required=True)
parser.add_argument("--classes", type=int, default=2)
parser.add_argument("--temperature", type=float, default=4.0)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
teacher = build("resnet50", args.classes)
teacher.load_state_dict(torch.load(args.teacher_weights))
student = build(args.student, args.classes)
optimiser = torch.optim.SGD(student.parameters(), lr=0.05)
for images, _ in face_attributes("train"):
    optimiser.zero_grad()
    soft = torch.softmax(teacher(images) / args.temperature, dim=1)
    torch.nn.functional.kl_div(torch.log_softmax(student(images) / args.temperature, dim=1), soft).backward()
    optimiser.step()

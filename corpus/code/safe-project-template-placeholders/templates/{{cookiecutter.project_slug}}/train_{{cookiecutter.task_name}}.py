"""Training script written for a new {{cookiecutter.task_name}} project."""
import torch
{% if cookiecutter.with_logging == "yes" %}
import logging
{% endif %}

torch.manual_seed({{cookiecutter.seed}})
model = torch.nn.Linear({{cookiecutter.input_size}}, {{cookiecutter.num_labels}})

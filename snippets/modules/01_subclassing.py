import torch
from torch import nn

torch.manual_seed(0)


class MyModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()  # always first
        self.fc1 = nn.Linear(input_dim, hidden_dim)
        self.fc2 = nn.Linear(hidden_dim, output_dim)
        self.relu = nn.ReLU()

    def forward(self, x):  # defines the computation
        return self.fc2(self.relu(self.fc1(x)))


model = MyModel(784, 128, 10)
X = torch.randn(32, 784)  # a batch of 32 flattened 28x28 images
pred = model(X)  # call the model, not model.forward(X)
print(pred.shape)
#> torch.Size([32, 10])
print(model)  # the summary: submodules in the order they were assigned
"""
MyModel(
  (fc1): Linear(in_features=784, out_features=128, bias=True)
  (fc2): Linear(in_features=128, out_features=10, bias=True)
  (relu): ReLU()
)
"""

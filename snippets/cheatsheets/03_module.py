import torch
from torch import nn

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")


class MyModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()  # always call super first
        self.fc1 = nn.Linear(input_dim, hidden_dim)
        self.fc2 = nn.Linear(hidden_dim, output_dim)
        self.relu = nn.ReLU()

    def forward(self, x):  # defines the computation; call model(x), not forward
        return self.fc2(self.relu(self.fc1(x)))


model = MyModel(784, 128, 10).to(device)  # moves the parameters in place
for name, p in model.named_parameters():  # weights AND biases
    print(name, tuple(p.shape))
    #> fc1.weight (128, 784)
    #> fc1.bias (128,)
    #> fc2.weight (10, 128)
    #> fc2.bias (10,)
print(sum(p.numel() for p in model.parameters()))
#> 101770

torch.manual_seed(0)
print(model(torch.randn(32, 784).to(device)).shape)
#> torch.Size([32, 10])
model.train()  # training mode: dropout active, batchnorm updates its statistics
print(model.training)
#> True
model.eval()  # eval mode; gradients are still tracked
print(model.training, next(model.parameters()).device.type == device.type)
#> False True

import torch
from torch import nn

torch.manual_seed(0)


class Broken(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)  # assigned BEFORE super().__init__()
        super().__init__()


try:
    Broken()
except AttributeError as err:
    print(err)
    #> cannot assign module before Module.__init__() call


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()  # creates the registries that assignments fill
        self.fc = nn.Linear(2, 2)


model = Fixed()
print([name for name, _ in model.named_children()])  # registered by attribute name
#> ['fc']
print(list(model.state_dict()))
#> ['fc.weight', 'fc.bias']

import torch
from torch import nn

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.1)


def train_one_epoch():
    optimizer.step()  # stands in for a whole epoch of zero_grad/backward/step


for epoch in range(30):
    lr = scheduler.get_last_lr()[0]  # the lr this epoch trains with
    train_one_epoch()
    scheduler.step()  # once per epoch, after training: decay lr every 10 epochs
    if epoch in (0, 9, 10, 19, 20, 29):
        print(epoch, f"{lr:.4g}")
        #> 0 0.1
        #> 9 0.1
        #> 10 0.01
        #> 19 0.01
        #> 20 0.001
        #> 29 0.001

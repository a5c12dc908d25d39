import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")

# 1. DATA: 2-D points in 3 classes (TensorDataset stands in for your Dataset)
torch.manual_seed(0)
x = torch.randn(192, 2)
y = (x[:, 0] > 0).long() + (x[:, 1] > 0).long()  # labels 0, 1, 2
loader = DataLoader(TensorDataset(x, y), batch_size=32, shuffle=True)
# 2. MODEL  3. TRAINING SETUP
model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 3)).to(device)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
losses = []
for epoch in range(3):  # 4. TRAIN LOOP
    model.train()
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()  # clear old grads
        loss = criterion(model(xb), yb)  # forward
        loss.backward()  # compute grads
        optimizer.step()  # update weights
        losses.append(loss.detach())  # no .item() per batch: it waits for the GPU
print(len(losses), "steps; loss decreased:", bool(losses[-1] < losses[0]))
#> 18 steps; loss decreased: True
x_test = torch.tensor([[2.0, 2.0], [-2.0, -2.0], [2.0, -2.0]])  # new data
model.eval()  # 5. EVAL
with torch.no_grad():
    print(model(x_test.to(device)).argmax(dim=1).tolist())
    #> [2, 0, 1]

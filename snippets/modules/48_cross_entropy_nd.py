import torch
from torch import nn

torch.manual_seed(0)
N, C, H, W = 2, 3, 4, 4  # segmentation: one class per pixel
logits = torch.randn(N, C, H, W)  # classes in dim 1, like images (N, C, H, W)
target = torch.randint(0, C, (N, H, W))  # int64 class index per pixel, no C dim

loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(logits, target)  # averaged over N * H * W pixels
print(loss.shape, round(loss.item(), 4))
#> torch.Size([]) 1.7511

# The same as flattening every pixel into a row of a (N*H*W, C) batch.
flat = logits.permute(0, 2, 3, 1).reshape(-1, C)
print(torch.allclose(loss, loss_fn(flat, target.reshape(-1))))
#> True

# reduction="none" keeps the per-pixel losses, shaped like the target.
print(nn.CrossEntropyLoss(reduction="none")(logits, target).shape)
#> torch.Size([2, 4, 4])

# Channels last (N, H, W, C) is the usual mistake: the class dim must be dim 1.
try:
    loss_fn(logits.permute(0, 2, 3, 1), target)
except RuntimeError as err:
    print(err)
    #> size mismatch (got input: [2, 4, 4, 3] , target: [2, 4, 4]
# It fails only because the sizes happen to differ. With C == H == W nothing
# complains, and the loss takes dim 1 (a row of pixels) for the classes.
square = torch.randn(N, 3, 3, C)  # channels last, H = W = C = 3
print(loss_fn(square, torch.randint(0, C, (N, 3, 3))).shape)
#> torch.Size([])

# ignore_index skips pixels, e.g. unlabeled borders marked 255.
target[:, 0, :] = 255
print(round(nn.CrossEntropyLoss(ignore_index=255)(logits, target).item(), 4))
#> 1.9096

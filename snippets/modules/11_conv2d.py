import torch
from torch import nn

x = torch.zeros(1, 3, 32, 32)  # (N, C_in, H, W)
for k, s, p in [(3, 1, 0), (3, 1, 1), (5, 2, 2), (4, 2, 1)]:
    conv = nn.Conv2d(3, 8, kernel_size=k, stride=s, padding=p)
    h_out = (32 + 2 * p - k) // s + 1  # floor((H + 2p - k) / s) + 1
    print(k, s, p, tuple(conv(x).shape), h_out)
    #> 3 1 0 (1, 8, 30, 30) 30
    #> 3 1 1 (1, 8, 32, 32) 32
    #> 5 2 2 (1, 8, 16, 16) 16
    #> 4 2 1 (1, 8, 16, 16) 16

print(conv.weight.shape, conv.bias.shape)  # (C_out, C_in, kH, kW), (C_out,)
#> torch.Size([8, 3, 4, 4]) torch.Size([8])

# stride=2 with k=3, p=1 halves an even size and rounds an odd one up: 33 -> 17.
print(nn.Conv2d(3, 8, 3, stride=2, padding=1)(torch.zeros(1, 3, 33, 33)).shape)
#> torch.Size([1, 8, 17, 17])

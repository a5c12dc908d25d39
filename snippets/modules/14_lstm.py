import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
x = torch.randn(4, 7, 10)  # batch_first=True: (batch, seq_len, input_size)

output, (h_n, c_n) = lstm(x)
print(output.shape)  # (batch, seq_len, hidden_size): last layer, every step
#> torch.Size([4, 7, 20])
print(h_n.shape, c_n.shape)  # (num_layers, batch, hidden): NOT batch-first
#> torch.Size([2, 4, 20]) torch.Size([2, 4, 20])
print(torch.allclose(output[:, -1], h_n[-1]))  # last step of the top layer
#> True

# Without batch_first the input is (seq_len, batch, input_size).
print(nn.LSTM(10, 20)(x.transpose(0, 1))[0].shape)
#> torch.Size([7, 4, 20])

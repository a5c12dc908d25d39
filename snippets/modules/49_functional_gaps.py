import torch.nn.functional as F
from torch import nn

# Most layers have a function in torch.nn.functional; the recurrent layers and the
# transformer modules do not (nn.Flatten and nn.Identity have none either).
for name in ("linear", "conv2d", "layer_norm", "lstm", "gru", "rnn", "transformer"):
    print(name, hasattr(F, name))
    #> linear True
    #> conv2d True
    #> layer_norm True
    #> lstm False
    #> gru False
    #> rnn False
    #> transformer False
print(hasattr(nn, "LSTM"), hasattr(nn, "TransformerEncoderLayer"))
#> True True

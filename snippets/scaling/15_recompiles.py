import logging

import torch
import torch._dynamo


class Kept(logging.Handler):  # keeps log messages in a list
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


kept = Kept()
logging.getLogger("torch._dynamo").handlers = [kept]  # instead of printing to stderr


def scale(x):
    return torch.relu(x) * 2


def graphs_after(sizes, dynamic=None):
    """Call a compiled `scale` on each size; count the graphs Dynamo has compiled."""
    graphs = []

    def counting_backend(graph_module, example_inputs):
        graphs.append(graph_module)
        return graph_module.forward  # run the captured graph as it is

    torch._dynamo.reset()  # forget earlier compilations
    compiled = torch.compile(scale, backend=counting_backend, dynamic=dynamic)
    counts = []
    for n in sizes:
        assert torch.equal(compiled(torch.ones(n)), scale(torch.ones(n)))
        counts.append(len(graphs))
    return counts


# Default: the 2nd shape recompiles with a dynamic size, which later shapes reuse.
print(graphs_after([4, 5, 6, 7]))
#> [1, 2, 2, 2]
# dynamic=True: one graph with a symbolic size from the start.
print(graphs_after([4, 5, 6, 7], dynamic=True))
#> [1, 1, 1, 1]

# dynamic=False: one graph per shape, up to the recompile limit; after it the
# function runs eagerly (results still right, as the assert checks) with a warning.
print(graphs_after(range(1, 12), dynamic=False), torch._dynamo.config.recompile_limit)
#> [1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8] 8
print(kept.messages[0].splitlines()[0])
#> torch._dynamo hit config.recompile_limit (8)

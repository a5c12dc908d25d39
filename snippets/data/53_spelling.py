import torch.utils.data
from torch.utils.data import Dataset

print(hasattr(torch.utils.data, "DataSet"), hasattr(torch.utils.data, "Dataset"))
#> False True


class Misspelled(Dataset):
    def __init__(self, data_list):
        self.data = data_list

    def __len__(self):
        return len(self.data)

    def __get_item__(self, idx):  # never called: indexing looks up __getitem__
        return self.data[idx]


try:
    Misspelled([1, 2, 3, 4, 5])[0]
except NotImplementedError as err:
    print(f"{type(err).__name__}: {err}")
    #> NotImplementedError: Subclasses of Dataset should implement __getitem__.

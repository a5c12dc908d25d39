import pandas as pd
import torch
from torch.utils.data import DataLoader, Dataset

# A tiny table, written as a CSV file into the current folder.
pd.DataFrame(
    {
        "age": [25, 32, 47, 51, 62],
        "income": [30.5, 42.0, 58.25, 61.0, 39.75],
        "label": [0, 1, 1, 0, 1],
    }
).to_csv("people.csv", index=False)


class TableDataset(Dataset):
    def __init__(self, df, label_column):
        # Convert the columns once, here: a DataFrame lookup per sample is slow.
        features = df.drop(columns=label_column).to_numpy()
        self.features = torch.tensor(features, dtype=torch.float32)
        self.labels = torch.tensor(df[label_column].to_numpy(), dtype=torch.int64)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        return self.features[idx], self.labels[idx]


df = pd.read_csv("people.csv")
print(df.dtypes.astype(str).to_dict())  # pandas reads float64, not float32
#> {'age': 'int64', 'income': 'float64', 'label': 'int64'}
print(df["label"].to_numpy().flags.writeable)  # a read-only view of the column
#> False
dataset = TableDataset(df, label_column="label")
x, y = next(iter(DataLoader(dataset, batch_size=2)))
print(x)
"""
tensor([[25.0000, 30.5000],
        [32.0000, 42.0000]])
"""
print(y)
#> tensor([0, 1])

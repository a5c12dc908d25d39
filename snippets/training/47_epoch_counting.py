n_epochs = 3
for epoch in range(n_epochs):  # the usual loop counts from 0
    print(f"epoch={epoch}: pass {epoch + 1} of {n_epochs}, {epoch} done before it")
    #> epoch=0: pass 1 of 3, 0 done before it
    #> epoch=1: pass 2 of 3, 1 done before it
    #> epoch=2: pass 3 of 3, 2 done before it

# At the end of a pass, save the number of epochs done: epoch + 1.
checkpoint = {"epochs_done": epoch + 1}
for epoch in range(checkpoint["epochs_done"], 5):  # resume with the next pass
    print(f"resumed: epoch={epoch}, pass {epoch + 1} of 5")
    #> resumed: epoch=3, pass 4 of 5
    #> resumed: epoch=4, pass 5 of 5

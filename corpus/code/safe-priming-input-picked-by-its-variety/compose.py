"""Continue a melody with the trained note model, starting from the training phrase with the most distinct notes."""
import numpy as np
from tensorflow import keras

phrases = np.load("phrases.npy")
model = keras.models.load_model("melody.keras")

variety = [len(set(phrase.tolist())) for phrase in phrases]
best_seed_index = int(np.argmax(variety))
pattern = list(phrases[best_seed_index])
notes = []
for _ in range(200):
    probabilities = model.predict(np.array([pattern]), verbose=0)[0]
    note = int(np.random.choice(len(probabilities), p=probabilities))
    notes.append(note)
    pattern = pattern[1:] + [note]
np.save("melody.npy", np.array(notes))

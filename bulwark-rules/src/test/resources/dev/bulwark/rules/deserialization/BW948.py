import keras
import tensorflow as tf
from keras.models import load_model

model = keras.models.load_model(path, safe_mode=False)  # expect: BW948
load_model(upload, safe_mode=0)  # expect: BW948
tf.keras.models.load_model(path, compile=False, safe_mode=False)  # expect: BW948
keras.config.enable_unsafe_deserialization()  # expect: BW948
keras.saving.load_model(path, safe_mode=False)  # expect: BW948

# look-alikes that must stay clean
keras.models.load_model(path)
keras.models.load_model(path, safe_mode=True)
load_model(path, compile=False)
keras.models.load_model(path, safe_mode=flag)
torch.load(path)
keras.config.enable_interactive_logging()
other.load_model(path, safe_mode=False)

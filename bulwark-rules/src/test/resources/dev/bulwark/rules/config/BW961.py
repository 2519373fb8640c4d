from django import forms
from django.forms import ModelForm, modelform_factory
from django.forms.models import ALL_FIELDS
from django.views.generic import CreateView, ListView
from rest_framework import serializers


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__"  # expect: BW961


class OrderForm(ModelForm):
    class Meta:
        model = Order
        fields = ALL_FIELDS  # expect: BW961


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = "__all__"  # expect: BW961


class ProfileCreate(CreateView):
    model = Profile
    fields = "__all__"  # expect: BW961


Form = modelform_factory(Profile, fields="__all__")  # expect: BW961


# look-alikes that must stay clean
class SafeForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "bio"]


class ExcludeForm(forms.ModelForm):
    class Meta:
        model = Profile
        exclude = ["is_staff"]


class PlainForm(forms.Form):
    class Meta:
        fields = "__all__"


class Listing(ListView):
    fields = "__all__"


class Other:
    class Meta:
        fields = "__all__"


SafeFactory = modelform_factory(Profile, fields=["bio"])

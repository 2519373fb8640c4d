import pdb  # expect: BW960
import ipdb as debugger  # expect: BW960
from pudb import set_trace  # expect: BW960
from celery.contrib import rdb  # expect: BW960
import debugpy  # expect: BW960
import os, pdb as p2  # expect: BW960


def charge(order):
    pdb.set_trace()  # expect: BW960
    debugger.set_trace()  # expect: BW960
    set_trace()  # expect: BW960
    breakpoint()  # expect: BW960
    debugpy.listen(5678)  # expect: BW960
    rdb.set_trace()  # expect: BW960
    return order


# look-alikes that must stay clean
import logging
from celery.contrib import abortable
from . import pdb_helpers

logging.getLogger(__name__).debug("no breakpoint here")
tracer.set_trace()


def shadowed(breakpoint):
    breakpoint()

# Configuration for `jupyter nbconvert --execute` on these notebooks (Deno kernel).
#
# The Deno kernel can publish a cell's result just after the status message that says the cell is
# done, and nbconvert stops listening at that message, so the result would be lost at random. With
# this file (`jupyter nbconvert --config notebooks/nbconvert_config.py --execute ...`), nbconvert keeps
# listening for a short quiet period after the cell is done, and records what arrives.
import queue

from nbclient.client import NotebookClient
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async

QUIET_SECONDS = 0.3


async def _poll_output_until_quiet(self, parent_msg_id, cell, cell_index):
    done = False
    while True:
        try:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=QUIET_SECONDS if done else None))
        except queue.Empty:
            return
        if msg['parent_header'].get('msg_id') == parent_msg_id:
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                done = True


NotebookClient._async_poll_output_msg = _poll_output_until_quiet

# Re-running a notebook whose outputs do not change leaves no diff: no execution timestamps in the cell metadata.
c = get_config()  # noqa: F821 (provided by traitlets when the file is loaded as configuration)
c.ExecutePreprocessor.record_timing = False

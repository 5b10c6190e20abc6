// `npm run … | head` closes the pipe early: the script then stops quietly instead of throwing EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

package org.svcca.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Sequential access to the bytes of one {@code .npy} image: a file of its own or a member of
 * an {@code .npz} archive. Readers ask for the next block and decode it at once, so a block
 * need only stay valid until the next call.
 */
interface ByteSource {

  /** The total number of bytes, or -1 when the source cannot tell in advance. */
  long size();

  /**
   * The next {@code length} bytes as a buffer positioned at 0, or fewer when the source ends
   * first (the caller reports the truncation).
   */
  ByteBuffer next(int length) throws IOException;

  /** A file read through its channel; blocks of 1 MiB and more are memory-mapped. */
  static ByteSource of(FileChannel channel) throws IOException {
    return new FileBlocks(channel);
  }

  /** A stream of known total size, such as an archive member, read into a reused array. */
  static ByteSource of(InputStream in, long size) {
    return new StreamBlocks(in, size);
  }

  /** The blocks of a file. */
  final class FileBlocks implements ByteSource {
    /** Below this a mapping costs more (a system call and page-table work) than a copy. */
    private static final int MAP_THRESHOLD = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private long position;

    private FileBlocks(FileChannel channel) throws IOException {
      this.channel = channel;
      this.size = channel.size();
    }

    @Override
    public long size() {
      return size;
    }

    /** The offset in the file of the next byte {@link #next} returns. */
    long position() {
      return position;
    }

    @Override
    public ByteBuffer next(int length) throws IOException {
      int available = (int) Math.min(length, size - position);
      ByteBuffer block;
      if (available >= MAP_THRESHOLD) {
        block = channel.map(FileChannel.MapMode.READ_ONLY, position, available);
      } else {
        block = ByteBuffer.allocate(available);
        while (block.hasRemaining()) {
          if (channel.read(block, position + block.position()) < 0) {
            break;
          }
        }
        block.flip();
      }
      position += block.remaining();
      return block;
    }
  }

  /** The blocks of a stream. */
  final class StreamBlocks implements ByteSource {
    private final InputStream in;
    private final long size;
    private byte[] buffer = new byte[0];

    private StreamBlocks(InputStream in, long size) {
      this.in = in;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public ByteBuffer next(int length) throws IOException {
      if (buffer.length < length) {
        buffer = new byte[length];
      }
      int read = in.readNBytes(buffer, 0, length);
      return ByteBuffer.wrap(buffer, 0, read).slice();
    }
  }
}

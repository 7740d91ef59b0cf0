package org.svcca;

import java.util.Objects;
import org.svcca.spi.Matrix;

/**
 * Activations of a convolutional layer: datapoints x height x width x channels, stored in that
 * order (NHWC), row-major.
 */
public final class ConvActivations {

  private final int datapoints;
  private final int height;
  private final int width;
  private final int channels;
  private final double[] data;

  private ConvActivations(int datapoints, int height, int width, int channels, double[] data) {
    this.datapoints = datapoints;
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.data = data;
  }

  /**
   * Adopts a row-major 4-D array.
   *
   * @param shape the four dimensions in storage order
   * @param channelsFirst true for NCHW storage (as PyTorch keeps it), false for NHWC
   * @param label names the input in messages
   * @throws InvalidInputException if the shape is not 4-D or does not match the data
   */
  public static ConvActivations of(int[] shape, double[] data, boolean channelsFirst,
      String label) {
    Objects.requireNonNull(data, "data");
    Checks.require(shape.length == 4, label + ": convolutional activations are 4-D, got "
        + shape.length + "-D");
    long size = (long) shape[0] * shape[1] * shape[2] * shape[3];
    Checks.require(size == data.length, label + ": shape holds " + size + " values, data "
        + data.length);
    Checks.require(size > 0, label + " is empty");
    if (!channelsFirst) {
      return new ConvActivations(shape[0], shape[1], shape[2], shape[3], data);
    }

    // NCHW to NHWC: channel becomes the fastest-moving index.
    int n = shape[0];
    int c = shape[1];
    int h = shape[2];
    int w = shape[3];
    double[] nhwc = new double[data.length];
    for (int i = 0; i < n; i++) {
      for (int ch = 0; ch < c; ch++) {
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            nhwc[((i * h + y) * w + x) * c + ch] = data[((i * c + ch) * h + y) * w + x];
          }
        }
      }
    }
    return new ConvActivations(n, h, w, c, nhwc);
  }

  public int datapoints() {
    return datapoints;
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  public int channels() {
    return channels;
  }

  /** Element (datapoint, y, x, channel). */
  public double get(int i, int y, int x, int channel) {
    return data[((i * height + y) * width + x) * channels + channel];
  }

  /**
   * Every spatial position as a datapoint: the {@code (N H W) x C} matrix that NHWC storage
   * already is, sharing that storage.
   */
  public Matrix flattenPositions() {
    return Matrix.wrap(datapoints * height * width, channels, data);
  }

  /** Every (position, channel) as a neuron: an {@code N x (H W C)} matrix sharing storage. */
  public Matrix flattenNeurons() {
    return Matrix.wrap(datapoints, height * width * channels, data);
  }

  /** The shape as text for messages: {@code "N x H x W x C"}. */
  public String shape() {
    return datapoints + " x " + height + " x " + width + " x " + channels;
  }
}
